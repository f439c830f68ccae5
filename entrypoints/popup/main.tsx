import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>Assistant Clas</h1>
      <p>Le panneau s’ouvre sur les pages Elan et MonComptePartenaire.</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
