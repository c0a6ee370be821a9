// Researchers add or change the text of a report part; each save is a new version (PUT …/report/texts/{section}).
(function () {
  'use strict';
  var article = document.querySelector('article.report');
  if (!article) { return; }
  var wave = article.getAttribute('data-wave');
  document.querySelectorAll('.addendum').forEach(function (block) {
    var form = block.querySelector('form.text-form');
    if (!form) { return; }
    var status = form.querySelector('.form-status');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button');
      button.disabled = true;
      status.textContent = '正在保存…';
      fetch('/api/waves/' + encodeURIComponent(wave) + '/report/texts/' + block.getAttribute('data-section'), {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'lzp-survey' },
        body: JSON.stringify({
          title: form.elements.title.value,
          body: form.elements.body.value,
          expectedVersion: Number(block.getAttribute('data-version'))
        })
      }).then(function (response) {
        return response.json().then(function (json) { return { ok: response.ok, json: json }; });
      }).then(function (result) {
        if (result.ok) {
          status.textContent = '已保存为第 ' + result.json.version + ' 版，正在刷新…';
          window.location.reload();
        } else {
          status.textContent = result.json.detail || '保存失败。';
          button.disabled = false;
        }
      }).catch(function () {
        status.textContent = '网络异常，未能保存，请稍后再试。';
        button.disabled = false;
      });
    });
  });
})();
