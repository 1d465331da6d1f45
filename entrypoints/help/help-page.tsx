// The "How to read a cable" page: the parts of a cable, then each family of codes with the
// glossary's explanation and source. Every string is text (Preact escapes it); nothing is HTML.
import type { JSX } from 'preact';
import type { Confidence } from '../../utils/glossary/types.ts';
import { t, type MessageKey } from '../../utils/i18n.ts';
import type { GuideEntry, GuideList, HelpGuide, TagKindGuide } from './help-guide.ts';

const CONFIDENCE_TEXT: Record<Confidence, MessageKey> = {
  high: 'help_confidence_high',
  medium: 'help_confidence_medium',
  low: 'help_confidence_low',
};

export type HelpPageState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; guide: HelpGuide };

function Entry({ entry }: { entry: GuideEntry }) {
  return (
    <div class="entry" data-code={entry.code} data-confidence={entry.confidence}>
      <dt>
        <code>{entry.code}</code>
      </dt>
      <dd>
        <span class="meaning">{entry.meaning}</span>
        <span class="source">
          {t('help_source', entry.source)} · {t(CONFIDENCE_TEXT[entry.confidence])}
        </span>
      </dd>
    </div>
  );
}

function EntryList({ list }: { list: GuideList }) {
  return (
    <>
      {list.heading !== null && <h3>{t(list.heading)}</h3>}
      <dl class="entries">
        {list.entries.map((entry) => (
          <Entry key={entry.code} entry={entry} />
        ))}
      </dl>
    </>
  );
}

function TagKind({ kind }: { kind: TagKindGuide }) {
  return (
    <section class="tag-kind" data-tag-kind={kind.kind} aria-labelledby={`tags-${kind.kind}`}>
      <h3 id={`tags-${kind.kind}`}>{t(kind.title)}</h3>
      <p>{t(kind.rule)}</p>
      {kind.count !== null && <p class="count">{t('help_tag_count', kind.count.toLocaleString('en-US'))}</p>}
      {kind.examples.length > 0 && (
        <dl class="entries" aria-label={t('help_tag_examples')}>
          {kind.examples.map((entry) => (
            <Entry key={entry.code} entry={entry} />
          ))}
        </dl>
      )}
    </section>
  );
}

function Contents({ guide }: { guide: HelpGuide }) {
  const links: [id: string, title: MessageKey][] = [
    ['anatomy', 'help_anatomy_title'],
    ...guide.sections.map((section): [string, MessageKey] => [section.id, section.title]),
    ['tags', 'help_tags_title'],
  ];
  return (
    <nav aria-label={t('help_contents')}>
      <ol class="contents">
        {links.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{t(title)}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function HelpPage({ state }: { state: HelpPageState }): JSX.Element {
  return (
    <main class="help" aria-busy={state.status === 'loading' ? 'true' : 'false'}>
      <header>
        <p class="brand">{t('extension_name')}</p>
        <h1>{t('help_title')}</h1>
        <p class="intro">{t('help_intro')}</p>
      </header>
      {state.status === 'loading' && <p class="notice">{t('help_loading')}</p>}
      {state.status === 'failed' && (
        <p class="notice error" role="alert">
          {t('help_load_failed')}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <Contents guide={state.guide} />
          <section id="anatomy" aria-labelledby="anatomy-title">
            <h2 id="anatomy-title">{t('help_anatomy_title')}</h2>
            <ol class="anatomy">
              {state.guide.anatomy.map((part) => (
                <li key={part}>{t(part)}</li>
              ))}
            </ol>
          </section>
          {state.guide.sections.map((section) => (
            <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`}>
              <h2 id={`${section.id}-title`}>{t(section.title)}</h2>
              <p>{t(section.intro)}</p>
              {section.lists.map((list, index) => (
                <EntryList key={list.heading ?? index} list={list} />
              ))}
            </section>
          ))}
          <section id="tags" aria-labelledby="tags-title">
            <h2 id="tags-title">{t('help_tags_title')}</h2>
            <p>{t('help_tags_intro')}</p>
            {state.guide.tagKinds.map((kind) => (
              <TagKind key={kind.kind} kind={kind} />
            ))}
          </section>
        </>
      )}
      <footer>
        <p>{t('help_footer')}</p>
      </footer>
    </main>
  );
}
