import { render } from 'preact';
import { PopupApp } from '@/components/popup/popup-app';
import { t } from '@/utils/i18n';
import './style.css';

// The page speaks the reader's language (the HTML file can only name English).
document.documentElement.lang = t('locale_tag');
document.title = t('extension_name');
render(<PopupApp search={location.search} />, document.getElementById('app')!);
