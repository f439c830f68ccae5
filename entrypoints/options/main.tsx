import { render } from 'preact';
import '../../styles/page.css';
import './options.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
