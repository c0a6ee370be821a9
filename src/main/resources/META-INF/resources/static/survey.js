// The survey form: keeps answers in this browser until they are submitted, checks them by the same rules as the
// server, and submits once per filled-in form (the submission id survives reloads, so a retry is never a
// second response).
(function () {
  'use strict';
  var form = document.getElementById('survey');
  if (!form) { return; }
  var questionnaire = JSON.parse(document.getElementById('questionnaire').textContent);
  var storageKey = 'lzp-survey:' + form.dataset.token;
  var questions = [];
  questionnaire.sections.forEach(function (s) { s.questions.forEach(function (q) { questions.push(q); }); });
  var submitting = false;

  function newId() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey)) || null; } catch (e) { return null; }
  }
  function save(state) {
    try { localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* private mode: keep going */ }
  }
  var state = load() || { submissionId: newId(), answers: {} };

  function inputs(code) { return form.querySelectorAll('[name="' + code + '"]'); }

  function read(q) {
    var els = inputs(q.code);
    if (q.type === 'TEXT') { var t = els[0].value.trim(); return t === '' ? undefined : t; }
    if (q.type === 'MULTI') {
      var chosen = [];
      els.forEach(function (el) { if (el.checked) { chosen.push(el.value); } });
      return chosen.length ? chosen : undefined;
    }
    var value;
    els.forEach(function (el) { if (el.checked) { value = el.value; } });
    if (value === undefined) { return undefined; }
    return q.type === 'LIKERT' ? parseInt(value, 10) : value;
  }

  function collect() {
    var answers = {};
    questions.forEach(function (q) { var v = read(q); if (v !== undefined) { answers[q.code] = v; } });
    return answers;
  }

  function restore() {
    questions.forEach(function (q) {
      var v = state.answers[q.code];
      if (v === undefined) { return; }
      inputs(q.code).forEach(function (el) {
        if (q.type === 'TEXT') { el.value = v; }
        else if (q.type === 'MULTI') { el.checked = v.indexOf(el.value) >= 0; }
        else { el.checked = String(v) === el.value; }
      });
    });
  }

  function shortText(q) {
    var t = q.text.replace(/（[^）]*）/g, '').replace(/[：:？?。]+$/, '').trim();
    return t.length > 30 ? t.slice(0, 29) + '…' : t;
  }

  // the same rules the server keeps (AnswerEncoder); the server checks again
  function problems(answers) {
    var found = [];
    questions.forEach(function (q) {
      var v = answers[q.code];
      if (v === undefined) {
        if (q.required) { found.push({ code: q.code, message: '请回答必答题「' + shortText(q) + '」。' }); }
        return;
      }
      var most = q.maxChoices == null ? q.options.length : q.maxChoices;
      var fewest = q.minChoices == null ? 0 : q.minChoices;
      if (q.type === 'MULTI' && v.length > most) {
        found.push({ code: q.code, message: '「' + shortText(q) + '」最多只能选 ' + most + ' 项，现在选了 ' + v.length + ' 项。' });
      } else if (q.type === 'MULTI' && v.length < fewest) {
        found.push({ code: q.code, message: '「' + shortText(q) + '」至少要选 ' + fewest + ' 项。' });
      } else if (q.type === 'TEXT' && Array.from(v).length > q.maxLength) {
        found.push({ code: q.code, message: '「' + shortText(q) + '」不能超过 ' + q.maxLength + ' 字。' });
      }
    });
    return found;
  }

  var errors = document.getElementById('errors');
  function showProblems(list) {
    form.querySelectorAll('.invalid').forEach(function (el) {
      el.classList.remove('invalid'); el.removeAttribute('aria-invalid');
    });
    if (!list.length) { errors.hidden = true; errors.textContent = ''; return; }
    var ul = document.createElement('ul');
    list.forEach(function (p) {
      var code = p.code;
      var block = code && document.getElementById('q-' + code);
      var li = document.createElement('li');
      if (block) {
        block.classList.add('invalid');
        block.setAttribute('aria-invalid', 'true');
        var a = document.createElement('a');
        a.href = '#q-' + code;
        a.textContent = p.message;
        li.appendChild(a);
      } else {
        li.textContent = p.message;
      }
      ul.appendChild(li);
    });
    errors.textContent = list.length === 1 ? '请修改后再提交：' : '有 ' + list.length + ' 处需要修改后再提交：';
    errors.appendChild(ul);
    errors.hidden = false;
    errors.focus();
  }

  var progress = document.getElementById('progress');
  var progressText = document.getElementById('progress-text');
  function update() {
    var answered = 0;
    var answers = collect();
    questions.forEach(function (q) { if (answers[q.code] !== undefined) { answered++; } });
    progress.max = questions.length;
    progress.value = answered;
    progressText.textContent = '已完成 ' + answered + ' / ' + questions.length + ' 题';
    form.querySelectorAll('fieldset.multi').forEach(function (fs) {
      var max = parseInt(fs.dataset.max, 10);
      var checked = fs.querySelectorAll('input:checked').length;
      fs.querySelector('.chosen-count').textContent = checked;
      fs.querySelectorAll('input').forEach(function (el) { el.disabled = !el.checked && checked >= max; });
    });
    form.querySelectorAll('.question.text').forEach(function (block) {
      var area = block.querySelector('textarea');
      block.querySelector('.char-count').textContent = Array.from(area.value).length;
    });
    state.answers = answers;
    save(state);
  }

  var button = document.getElementById('submit');
  function finish(message) {
    submitting = false;
    button.disabled = false;
    button.textContent = '提交问卷';
    if (message) { showProblems([{ message: message }]); }
  }

  form.addEventListener('change', update);
  form.addEventListener('input', update);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (submitting) { return; }
    var answers = collect();
    var list = problems(answers);
    showProblems(list);
    if (list.length) { return; }
    submitting = true;
    button.disabled = true;
    button.textContent = '正在提交…';
    fetch(form.dataset.submit, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' },
      body: JSON.stringify({ submissionId: state.submissionId, answers: answers })
    }).then(function (response) {
      if (response.status === 200 || response.status === 201) {
        try { localStorage.removeItem(storageKey); } catch (e) { /* nothing kept */ }
        window.location.assign(form.dataset.thanks);
        return;
      }
      return response.json().then(function (problem) {
        var list = (problem.errors || []).map(function (e) {
          return { code: e.field ? e.field.replace(/^answers\./, '') : null, message: e.message };
        });
        if (response.status === 409) {
          state.submissionId = newId();
          save(state);
        }
        finish();
        showProblems(list.length ? list : [{ message: problem.detail || '提交失败，请稍后重试。' }]);
      });
    }).catch(function () {
      finish('网络连接异常，答卷没有提交成功。您的答案已保存在本机，请检查网络后再次点击“提交问卷”。');
    });
  });

  restore();
  update();
})();
