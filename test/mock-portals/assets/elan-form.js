(function () {
  'use strict';
  var form = document.getElementById('formDemande');
  if (!form) return;
  var TITLES = __ELAN_STEP_TITLES__;
  var sections = Array.prototype.slice.call(form.querySelectorAll('section[data-etape]'));
  var total = sections.length;
  var current = Number(form.getAttribute('data-etape-initiale')) || 1;
  var prev = form.querySelector('[data-action="precedent"]');
  var next = form.querySelector('[data-action="suivant"]');
  var status = document.getElementById('formDemande:j_idt505');
  var stepLine = document.getElementById('j_idt18:stepLabel');
  // One page per step (the multi-page variant): the steps are other addresses, nothing to swap.
  var multi = form.hasAttribute('data-pages');

  function fromHash() {
    var m = /^#etape-(\d+)$/.exec(location.hash);
    return m ? Number(m[1]) : 0;
  }
  function show(n) {
    n = Math.max(1, Math.min(total, n));
    current = n;
    sections.forEach(function (s) {
      s.hidden = Number(s.getAttribute('data-etape')) !== n;
    });
    for (var i = 1; i <= total; i++) {
      var li = document.getElementById('j_idt18:step' + i);
      if (!li) continue;
      if (i === n) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
      li.className = i < n ? 'j-done' : '';
    }
    stepLine.textContent = 'Étape ' + n + ' sur ' + total + ' — ' + TITLES[n - 1];
    prev.disabled = n === 1;
    next.disabled = n === total;
    if (status) status.textContent = '';
  }
  function go(n) {
    n = Math.max(1, Math.min(total, n));
    show(n); // synchronously: the new step is in place when the click returns
    if (fromHash() !== n) location.hash = '#etape-' + n; // history entry; hashchange is a no-op
    window.scrollTo(0, 0);
  }
  if (!multi) {
    window.addEventListener('hashchange', function () {
      var n = fromHash();
      if (n && n !== current) show(n);
    });
    var initial = fromHash();
    if (initial) show(initial);
    else {
      try {
        history.replaceState(null, '', '#etape-' + current);
      } catch (e) {
        /* file:// */
      }
      show(current);
    }
  }

  /* Collectives */
  var list = document.getElementById('formDemande:collectifs');
  var tpl = document.getElementById('formDemande:collectifTpl');
  var count = document.getElementById('formDemande:j_idt120');
  function renumber() {
    var blocks = list.querySelectorAll('fieldset[data-collectif]');
    for (var i = 0; i < blocks.length; i++) {
      var legend = blocks[i].querySelector('legend');
      if (legend) legend.textContent = 'Collectif ' + (i + 1);
      var del = blocks[i].querySelector('[data-action="supprimer-collectif"]');
      if (del) del.setAttribute('aria-label', 'Supprimer le collectif ' + (i + 1));
    }
    count.textContent = String(blocks.length);
  }
  function addCollective() {
    var idx = Number(list.getAttribute('data-next-index')) || 0;
    list.setAttribute('data-next-index', String(idx + 1));
    var n = list.querySelectorAll('fieldset[data-collectif]').length + 1;
    var html = tpl.innerHTML.split('__IDX__').join(String(idx)).split('__NUM__').join(String(n));
    var holder = document.createElement('div');
    holder.innerHTML = html;
    var block = holder.firstElementChild;
    list.appendChild(block);
    renumber();
    var first = block.querySelector('input[type="text"]');
    if (first) first.focus();
  }

  /* Budget totals, recomputed when a line changes (as the real form does) */
  function parseAmount(s) {
    var t = String(s)
      .replace(/[\s\u00a0\u202f€]/g, '')
      .replace(',', '.');
    if (t === '') return 0;
    return /^-?\d+(\.\d{1,2})?$/.test(t) ? Math.round(Number(t) * 100) : NaN;
  }
  function fmt(c) {
    var e = Math.floor(c / 100),
      d = String(c % 100);
    return String(e).replace(/\B(?=(\d{3})+(?!\d))/g, ' ') + ',' + (d.length < 2 ? '0' + d : d);
  }
  function recompute(kind, totalKind) {
    var sum = 0,
      ok = true;
    form.querySelectorAll('input[data-budget="' + kind + '"]').forEach(function (i) {
      var c = parseAmount(i.value);
      if (isNaN(c)) ok = false;
      else sum += c;
    });
    var t = form.querySelector('input[data-budget="' + totalKind + '"]');
    if (t && ok) t.value = fmt(sum);
  }
  form.addEventListener('input', function (ev) {
    var k = ev.target && ev.target.getAttribute && ev.target.getAttribute('data-budget');
    if (k === 'charge') recompute('charge', 'total-charges');
    if (k === 'produit') recompute('produit', 'total-produits');
  });

  /* Attachments: a chosen file joins the list of the row */
  form.addEventListener('change', function (ev) {
    var input = ev.target;
    if (!input || input.type !== 'file' || !input.files || !input.files.length) return;
    var ul = input.closest('tr').querySelector('ul');
    var empty = ul.querySelector('em');
    if (empty) ul.innerHTML = '';
    Array.prototype.forEach.call(input.files, function (f) {
      var li = document.createElement('li');
      li.textContent = f.name + ' (ajouté, non transmis)';
      ul.appendChild(li);
    });
  });

  form.addEventListener('click', function (ev) {
    var btn = ev.target && ev.target.closest ? ev.target.closest('[data-action]') : null;
    if (!btn || btn.disabled) return;
    var a = btn.getAttribute('data-action');
    if (a === 'precedent') go(current - 1);
    else if (a === 'suivant') go(current + 1);
    else if (a === 'enregistrer') {
      var now = new Date();
      status.textContent =
        'Brouillon enregistré à ' +
        String(now.getHours()).padStart(2, '0') +
        ':' +
        String(now.getMinutes()).padStart(2, '0') +
        ' (maquette : rien n’est transmis).';
    } else if (a === 'ajouter-collectif') addCollective();
    else if (a === 'supprimer-collectif') {
      var block = btn.closest('fieldset[data-collectif]');
      if (block) block.remove();
      renumber();
    }
  });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
  });
})();
