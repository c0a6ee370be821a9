// The questionnaire upload form: sends a JSON definition or an XLSForm workbook and shows what the server said —
// the stored version with its preview, or every problem with where it is.
(function () {
  'use strict';
  var form = document.getElementById('questionnaire-upload');
  if (!form) { return; }
  var result = document.getElementById('upload-result');
  var button = document.getElementById('questionnaire-submit');

  function show(kind, heading, items, link) {
    result.textContent = '';
    var box = document.createElement('div');
    box.className = kind === 'ok' ? 'notice-ok' : 'alert';
    var p = document.createElement('p');
    p.textContent = heading;
    box.appendChild(p);
    if (items && items.length) {
      var ul = document.createElement('ul');
      items.forEach(function (text) { var li = document.createElement('li'); li.textContent = text; ul.appendChild(li); });
      box.appendChild(ul);
    }
    if (link) {
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.text;
      box.appendChild(a);
    }
    result.appendChild(box);
    box.setAttribute('tabindex', '-1');
    box.focus();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('questionnaire-file').files[0];
    if (!file) { show('error', '请先选择问卷文件。'); return; }
    var version = document.getElementById('questionnaire-version').value;
    var json = /\.json$/i.test(file.name);
    var url = json ? '/api/questionnaires' : '/api/questionnaires/xlsform' + (version ? '?version=' + encodeURIComponent(version) : '');
    button.disabled = true;
    button.textContent = '正在上传…';
    var send = json ? file.text() : Promise.resolve(file);
    send.then(function (body) {
      return fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': json ? 'application/json' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'Accept': 'application/json, application/problem+json',
          'X-Requested-With': 'lzp-survey'
        },
        body: body
      });
    }).then(function (response) {
      return response.json().then(function (body) {
        if (response.ok) {
          show('ok', body.message, body.warnings, { href: body.preview, text: '预览这份问卷' });
          var refresh = document.createElement('a');
          refresh.href = '/questionnaires';
          refresh.textContent = '刷新问卷列表';
          refresh.className = 'refresh-list';
          result.firstChild.appendChild(document.createTextNode(' · '));
          result.firstChild.appendChild(refresh);
        } else {
          var items = (body.errors || []).map(function (e) { return e.message; });
          show('error', items.length > 1 ? '问卷有 ' + items.length + ' 处需要修改，没有保存：' : (items.length ? '问卷需要修改，没有保存：' : body.detail), items);
        }
      });
    }).catch(function () {
      show('error', '上传失败：网络连接异常，请稍后重试。');
    }).then(function () {
      button.disabled = false;
      button.textContent = '上传并检查';
    });
  });
})();
