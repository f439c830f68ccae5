document.addEventListener('click', function (ev) {
  var b = ev.target && ev.target.closest ? ev.target.closest('[data-action]') : null;
  if (!b) return;
  ev.preventDefault();
  document.getElementById('mcp-status').textContent =
    b.getAttribute('data-action') === 'enregistrer'
      ? 'Brouillon enregistré (maquette).'
      : 'Maquette : aucune déclaration n’est transmise.';
});
