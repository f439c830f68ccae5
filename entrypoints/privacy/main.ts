import { PAGE_CSS } from '../../components/page-styles';

// The privacy page is plain HTML (index.html); this only gives it the extension pages' look.
const style = document.createElement('style');
style.textContent = `${PAGE_CSS}main { max-width: 760px; margin: 0 auto; } li { margin: 6px 0; }`;
document.head.append(style);
