import { render } from 'preact';
import { fetchGlossaryData } from '@/utils/glossary-channel';
import { t } from '@/utils/i18n';
import { buildHelpGuide } from './help-guide';
import { HelpPage, type HelpPageState } from './help-page';
import './style.css';

const root = document.getElementById('app')!;
const show = (state: HelpPageState) => render(<HelpPage state={state} />, root);

// The page speaks the reader's language (the HTML file can only name English).
document.documentElement.lang = t('locale_tag');
document.title = t('help_page_title');
show({ status: 'loading' });

// The glossary ships as a packaged file; an extension page may read it directly.
fetchGlossaryData()
  .then(
    (data) => show({ status: 'ready', guide: buildHelpGuide(data) }),
    () => show({ status: 'failed' }),
  )
  .then(() => {
    // Opened at help.html#tags: scroll there once the sections exist.
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  });
