// The admin page of a wave: copy links, open or close the wave, and keep the response counts current.
(function () {
  'use strict';
  var waveBox = document.getElementById('wave');
  if (!waveBox) { return; }
  var wave = waveBox.dataset.wave;

  document.querySelectorAll('button.copy').forEach(function (button) {
    button.addEventListener('click', function () {
      var done = function () { button.textContent = '已复制'; setTimeout(function () { button.textContent = '复制'; }, 1500); };
      if (navigator.clipboard) { navigator.clipboard.writeText(button.dataset.link).then(done); }
      else { button.previousElementSibling.select(); document.execCommand('copy'); done(); }
    });
  });

  function rate(responses, expected) { return expected > 0 ? Math.round(100 * responses / expected) + '%' : '–'; }

  function refresh() {
    fetch('/api/waves/' + encodeURIComponent(wave) + '/invitations').then(function (r) { return r.json(); })
      .then(function (invitations) {
        var total = 0;
        invitations.forEach(function (i) {
          total += i.responses;
          var row = document.querySelector('tr[data-unit="' + i.unit + '"]');
          if (row) {
            row.querySelector('.responses').textContent = i.responses;
            row.querySelector('.rate').textContent = rate(i.responses, i.expectedCadres);
          }
        });
        document.getElementById('total-responses').textContent = total;
      }).catch(function () { /* try again at the next tick */ });
  }

  function setStatus(action) {
    fetch('/api/waves/' + encodeURIComponent(wave) + '/' + action,
      { method: 'POST', headers: { 'X-Requested-With': 'lzp-survey' } })
      .then(function (r) { return r.json(); })
      .then(function (w) {
        var open = w.status === 'OPEN';
        document.getElementById('status').textContent = open ? '收集中' : '已结束';
        document.getElementById('close-wave').hidden = !open;
        document.getElementById('open-wave').hidden = open;
      });
  }
  document.getElementById('close-wave').addEventListener('click', function () {
    if (confirm('结束收集后，各单位链接将不再接受新的答卷。确定结束吗？')) { setStatus('close'); }
  });
  document.getElementById('open-wave').addEventListener('click', function () { setStatus('open'); });

  setInterval(refresh, 5000);
})();
