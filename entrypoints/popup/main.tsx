import { render } from 'preact';
import { PAGE_CSS } from '../../components/page-styles';
import { Popup } from './Popup';

const style = document.createElement('style');
style.textContent = PAGE_CSS + 'body { width: 340px; } main { padding: 12px 14px; }';
document.head.append(style);
render(<Popup />, document.getElementById('app')!);
