// Work notices (K2): polls /api/work-notices and shows a short notice when a task appears for the
// user's role groups, e.g. "Bill order KO-2026-000123 · Meena Joshi" for the biller the moment packing completes.
// Ids already shown are remembered for the browser tab, so moving between pages repeats nothing.
(function () {
  'use strict';
  const box = document.getElementById('work-notices');
  if (!box) { return; }
  const every = (Number(box.dataset.refreshSeconds) || 10) * 1000;
  const seenKey = 'orderflow.notices.seen';
  const sinceKey = 'orderflow.notices.since';
  const seen = new Set(JSON.parse(sessionStorage.getItem(seenKey) || '[]'));

  function remember(since) {
    sessionStorage.setItem(sinceKey, since);
    sessionStorage.setItem(seenKey, JSON.stringify(Array.from(seen).slice(-200)));
  }

  function show(notice) {
    const item = document.createElement('div');
    item.className = 'notice';
    item.setAttribute('data-testid', 'work-notice');
    const text = document.createElement('span');
    // task names carry their order ("Bill order KO-2026-000123 · Meena Joshi"); older tasks may not
    const named = notice.orderNumber && notice.task.indexOf(notice.orderNumber) < 0;
    text.textContent = box.dataset.label + ': ' + notice.task + (named ? ' · ' + notice.orderNumber : '');
    const open = document.createElement('a');
    open.href = notice.link;
    open.textContent = box.dataset.open;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', box.dataset.dismiss);
    close.addEventListener('click', () => item.remove());
    item.append(text, ' ', open, close);
    box.prepend(item);
    while (box.children.length > 5) { box.lastElementChild.remove(); }
  }

  async function poll() {
    const since = sessionStorage.getItem(sinceKey);
    const url = '/api/work-notices' + (since ? '?since=' + encodeURIComponent(since) : '');
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (response.ok) {
        const body = await response.json();
        body.notices.slice().reverse().filter(n => !seen.has(n.taskId)).forEach(n => { seen.add(n.taskId); show(n); });
        remember(body.asOf);
      }
    } catch (e) {
      // offline for a moment: the next poll asks again from the same point
    }
    setTimeout(poll, every);
  }
  poll();
})();
