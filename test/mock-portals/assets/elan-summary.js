document.addEventListener('click', function (ev) {
  var b = ev.target && ev.target.closest ? ev.target.closest('[data-action]') : null;
  if (!b) return;
  document.getElementById('j_idt613').textContent = 'Maquette : aucune action n’est transmise.';
});
