// EventDesk static schedule: filters (day, track, room), search and a "my agenda" star kept in localStorage.
// Filters can be given in the URL: index.html#day=2026-05-04&track=ID&room=ID&q=text&mine=1
(function () {
  'use strict';
  var eventId = document.body.getAttribute('data-event') || '';
  var storeKey = 'eventdesk-agenda-' + eventId;

  function starred() {
    try { return JSON.parse(window.localStorage.getItem(storeKey) || '[]'); } catch (e) { return []; }
  }
  function saveStarred(ids) {
    try { window.localStorage.setItem(storeKey, JSON.stringify(ids)); } catch (e) { /* storage off */ }
  }
  function syncStars() {
    var ids = starred();
    document.querySelectorAll('button.star').forEach(function (b) {
      b.setAttribute('aria-pressed', ids.indexOf(b.getAttribute('data-id')) >= 0 ? 'true' : 'false');
    });
  }
  document.addEventListener('click', function (ev) {
    var b = ev.target.closest ? ev.target.closest('button.star') : null;
    if (!b) return;
    var ids = starred(), id = b.getAttribute('data-id'), i = ids.indexOf(id);
    if (i >= 0) ids.splice(i, 1); else ids.push(id);
    saveStarred(ids);
    syncStars();
    apply();
  });

  function params() {
    var out = {}, text = (window.location.hash || '').replace(/^#/, '') || (window.location.search || '').replace(/^\?/, '');
    text.split('&').forEach(function (pair) {
      if (!pair) return;
      var kv = pair.split('=');
      out[decodeURIComponent(kv[0])] = decodeURIComponent((kv[1] || '').replace(/\+/g, ' '));
    });
    return out;
  }
  var controls = {
    day: document.getElementById('filter-day'), track: document.getElementById('filter-track'),
    room: document.getElementById('filter-room'), q: document.getElementById('filter-search'),
    mine: document.getElementById('filter-mine')
  };
  function current() {
    return {
      day: controls.day ? controls.day.value : '', track: controls.track ? controls.track.value : '',
      room: controls.room ? controls.room.value : '', q: controls.q ? controls.q.value.trim().toLowerCase() : '',
      mine: controls.mine ? controls.mine.checked : false
    };
  }
  function apply() {
    var f = current(), ids = starred(), shown = 0;
    document.querySelectorAll('article.session').forEach(function (a) {
      var ok = (!f.day || a.getAttribute('data-day') === f.day) &&
               (!f.track || a.getAttribute('data-track') === f.track) &&
               (!f.room || a.getAttribute('data-room') === f.room) &&
               (!f.q || (a.textContent || '').toLowerCase().indexOf(f.q) >= 0) &&
               (!f.mine || ids.indexOf(a.getAttribute('data-id')) >= 0);
      a.hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll('section.day').forEach(function (s) {
      s.hidden = !s.querySelector('article.session:not([hidden])');
    });
    var count = document.getElementById('visible-count');
    if (count) count.textContent = String(shown);
    document.body.setAttribute('data-visible', String(shown));
  }
  if (controls.day || controls.q) {
    var p = params();
    if (controls.day && p.day) controls.day.value = p.day;
    if (controls.track && p.track) controls.track.value = p.track;
    if (controls.room && p.room) controls.room.value = p.room;
    if (controls.q && p.q) controls.q.value = p.q;
    if (controls.mine && p.mine) controls.mine.checked = p.mine === '1';
    Object.keys(controls).forEach(function (k) {
      if (controls[k]) controls[k].addEventListener(k === 'q' ? 'input' : 'change', apply);
    });
    apply();
  }
  syncStars();
})();
