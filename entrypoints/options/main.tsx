import { render } from 'preact';
import { PAGE_CSS } from '../../components/page-styles';
import { Options } from './Options';

const style = document.createElement('style');
style.textContent = PAGE_CSS + 'main { max-width: 760px; margin: 0 auto; }';
document.head.append(style);
render(<Options />, document.getElementById('app')!);
