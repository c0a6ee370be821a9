// The survey form: keeps answers in this browser until they are submitted, checks them by the same rules as the
// server, and submits once per filled-in form (the submission id survives reloads, so a retry is never a
// second response).
(function () {
  'use strict';
  var form = document.getElementById('survey');
  if (!form) { return; }
  var questionnaire = JSON.parse(document.getElementById('questionnaire').textContent);
  var storageKey = 'lzp-survey:' + form.dataset.token;
  // a preview (no link) shows the form and checks it, but keeps and sends nothing
  var preview = form.dataset.preview === 'true';
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
    if (preview) { return; }
    try { localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* private mode: keep going */ }
  }
  var state = (!preview && load()) || { submissionId: newId(), answers: {} };

  function inputs(code) { return form.querySelectorAll('[name="' + code + '"]'); }
  // the "none" box of a multi-choice question where choosing none is an answer ([]), not the same as no answer
  function noneBox(code) { return form.querySelector('[data-none-of="' + code + '"]'); }

  function read(q) {
    var els = inputs(q.code);
    if (q.type === 'TEXT') { var t = els[0].value.trim(); return t === '' ? undefined : t; }
    if (q.type === 'MULTI') {
      var chosen = [];
      els.forEach(function (el) { if (el.checked) { chosen.push(el.value); } });
      if (chosen.length) { return chosen; }
      var none = noneBox(q.code);
      return none && none.checked ? [] : undefined;
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
      if (q.type === 'MULTI' && v.length === 0 && noneBox(q.code)) { noneBox(q.code).checked = true; }
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
        if (q.required) {
          var none = noneBox(q.code) ? '（都不选的请勾选“' + (q.noneLabel || '以上都不选') + '”）' : '';
          found.push({ code: q.code, message: '请回答必答题「' + shortText(q) + '」' + none + '。' });
        }
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
      var options = inputs(fs.dataset.code);
      var checked = 0;
      options.forEach(function (el) { if (el.checked) { checked++; } });
      fs.querySelector('.chosen-count').textContent = checked;
      options.forEach(function (el) { el.disabled = !el.checked && checked >= max; });
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

  // "none" and the options exclude each other
  form.addEventListener('change', function (event) {
    var el = event.target;
    if (el.dataset.noneOf) {
      if (el.checked) { inputs(el.dataset.noneOf).forEach(function (o) { o.checked = false; }); }
    } else if (el.type === 'checkbox' && el.checked && noneBox(el.name)) {
      noneBox(el.name).checked = false;
    }
  });
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (submitting) { return; }
    var answers = collect();
    var list = problems(answers);
    if (preview) {
      showProblems(list.length ? list : [{ message: '预览：按规则检查，这份填写可以提交。预览页面不保存也不提交任何内容。' }]);
      return;
    }
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
