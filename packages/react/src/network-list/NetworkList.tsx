import { useId, useMemo, type ReactElement, type ReactNode } from 'react';
import { breakAfterSlash } from '../utils/breakable';
import { effectiveFormality, formatFuzzyDate, networkAt, parseFuzzyDate, type Network, type Tie } from '@kring/core';
import { changeLines, mapChanges } from '../view/map/mapChanges';
import { useText, type Locale, type Text } from '../i18n';
import { NETWORK_LIST_BUNDLES, type NetworkListTextKey } from './messages';
import { listGroups } from '../view/listOrder';
import { consentText, describeGroups, describePersonNotes, describeTie, nameOf } from '../view/ties/describeTie';
import { KindIcon, SymbolImage } from '../symbols/icons';
import { tieBetween } from '../view/ties/badges';
import { isolate } from '../utils/bidi';
import { UserText } from '../utils/UserText';
import { withLocaleGate } from '../locales';

/** Props of {@link NetworkList}. */
export interface NetworkListProps {
  network: Network;
  /** A person or tie id to highlight (e.g. the one selected on the map). */
  selectedId?: string | null;
  /** Shows a "Bewerk {name}" button per person. */
  onEditPerson?: (id: string) => void;
  /** Shows a "Bewerk band …" button per tie. */
  onEditTie?: (id: string) => void;
  /**
   * Level of the list's title (default 2); captions and section titles follow.
   * @defaultValue 2
   */
  headingLevel?: 2 | 3 | 4 | 5;
  /**
   * Describe what changed since this fuzzy date, in sentences above the tables (the Ecogram's
   * change overlay in words): `changesBefore`, or else `networkAt(network, changesSince)`,
   * compared with `network`. `null` or absent: not shown.
   */
  changesSince?: string | null;
  /**
   * The network on `changesSince` (default `networkAt(network, changesSince)`).
   * @defaultValue networkAt(network, changesSince)
   */
  changesBefore?: Network;
  locale?: Locale;
  messages?: Partial<Record<NetworkListTextKey, string>>;
}

function Nothing({ t }: { t: Text<NetworkListTextKey> }): ReactElement {
  return (
    <>
      <span aria-hidden="true">{t('networkList.nothing')}</span>
      <span data-part="visually-hidden">{t('symbol.notSet')}</span>
    </>
  );
}

function Phrases({ items, t }: { items: string[]; t: Text<NetworkListTextKey> }): ReactElement {
  if (items.length === 0) return <Nothing t={t} />;
  if (items.length === 1) return <>{breakAfterSlash(items[0]!)}</>;
  return (
    <ul data-part="phrases">
      {items.map((x, i) => (
        <li key={i}>
          {breakAfterSlash(x)}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Veranderd sinds mei 2024": the change overlay of the map in words — the same six kinds
 * (new, gone, stronger, weaker, restored, broken) for the same people and ties
 * (view/map/changeMarks.ts), one line each: "Karin Bos: nieuw", "contact met Youssef: verbroken".
 */
function ChangesSince(props: { network: Network; since: string; before: Network | undefined; t: Text<NetworkListTextKey>; headingId: string; Heading: 'h3' }): ReactElement | null {
  const { network, since, before, t, Heading } = props;
  const lines = useMemo(() => {
    if (!parseFuzzyDate(since)) return null;
    const older = before ?? networkAt(network, since);
    return changeLines(older, network, mapChanges(older, network));
  }, [network, since, before]);
  if (!lines) return null;
  const date = formatFuzzyDate(since, t.locale);
  return (
    <section data-part="network-list-changes" aria-labelledby={props.headingId}>
      <Heading id={props.headingId}>{t('networkList.changesSince', { date })}</Heading>
      {lines.length === 0 ? (
        <p>{t('networkList.changesNone', { date })}</p>
      ) : (
        <ul>
          {lines.map((line) => {
            const change = t(`networkList.changeWord.${line.kind}`);
            const text =
              line.on === 'person'
                ? t('networkList.change.person', { name: isolate(line.name), change })
                : line.withClient
                  ? t('networkList.change.client', { name: isolate(line.a), change })
                  : t('networkList.change.between', { a: isolate(line.a), b: isolate(line.b), change });
            return (
              <li key={`${line.on}:${line.id}`} data-change={line.kind}>
                {text}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** A region that scrolls sideways on narrow screens and can be scrolled with the keyboard. */
function Scroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }): ReactElement {
  return (
    <div data-part="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

/**
 * The network as tables, the non-visual alternative of the ecogram: one table per circle
 * (people in sector order), every attribute in words — kind and role, sector and
 * formal/informal, the tie with the client (strength, quality, status, who gives what, contact,
 * intent), consent, boundary, burden, where they live, languages and interpreter, groups — and
 * a table of ties between other people. Names are always text.
 */
export const NetworkList = /* @__PURE__ */ withLocaleGate(NetworkListView, 'NetworkList');

function NetworkListView(props: NetworkListProps): ReactElement {
  const { network, selectedId, onEditPerson, onEditTie, headingLevel = 2 } = props;
  const t = useText(NETWORK_LIST_BUNDLES, props.locale, props.messages);
  const { locale } = t;
  const id = useId();
  const focus = network.people.find((p) => p.id === network.focus);
  const focusName = focus?.name ?? network.focus;
  const others = network.people.filter((p) => p.id !== network.focus);
  const circles = listGroups(network, locale).map((g) => ({ ...g, title: g.key === 'none' ? t('networkList.noCircle') : t.label('closeness', g.key) }));
  const otherTies = network.ties.filter((tie) => !tie.between.includes(network.focus));
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${Math.min(6, headingLevel + 1)}` as 'h3';
  const hasActions = Boolean(onEditPerson || onEditTie);
  const tieLabel = (tie: Tie) => t('networkList.between', { a: nameOf(network, tie.between[0]), b: nameOf(network, tie.between[1]) });

  return (
    <section data-part="network-list" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} data-part="network-list-title">
        {t('networkList.title', { name: focusName })}
      </Heading>
      <p data-part="network-list-intro">{t('networkList.focusNote', { name: focusName })}</p>
      {focus && onEditPerson ? (
        <p>
          <button type="button" data-part="edit-button" data-edit={`person:${focus.id}`} aria-current={selectedId === focus.id ? 'true' : undefined} onClick={() => onEditPerson(focus.id)}>
            {t('networkList.edit', { name: focus.name })}
          </button>
        </p>
      ) : null}
      {props.changesSince ? <ChangesSince network={network} since={props.changesSince} before={props.changesBefore} t={t} headingId={`${id}-changes`} Heading={SubHeading} /> : null}
      {others.length === 0 ? <p data-part="network-list-empty">{t('networkList.empty')}</p> : null}
      {circles.map((circle) => {
        const captionId = `${id}-${circle.key}`;
        return (
          <Scroll key={circle.key} labelledBy={captionId}>
            <table data-part="network-list-table" data-closeness={circle.key}>
              <caption id={captionId}>{t('networkList.circleCaption', { circle: circle.title, count: circle.people.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('networkList.col.name')}</th>
                  <th scope="col">{t('networkList.col.kind')}</th>
                  <th scope="col">{t('networkList.col.sector')}</th>
                  <th scope="col">{t('networkList.col.tie', { name: focusName })}</th>
                  <th scope="col">{t('networkList.col.consent')}</th>
                  <th scope="col">{t('networkList.col.notes')}</th>
                  <th scope="col">{t('networkList.col.groups')}</th>
                  {hasActions ? <th scope="col" data-part="actions-header">{t('networkList.col.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {circle.people.map((p) => {
                  const tie = tieBetween(network, network.focus, p.id);
                  const selected = selectedId != null && (selectedId === p.id || selectedId === tie?.id);
                  return (
                    <tr key={p.id} data-person-id={p.id} data-selected={selected || undefined} aria-current={selected ? 'true' : undefined}>
                      <th scope="row">
                        <span data-part="person-name">
                          <SymbolImage width={20} height={20} viewBox="0 0 24 24">
                            <KindIcon kind={p.kind} />
                          </SymbolImage>
                          <span><UserText>{p.name}</UserText></span>
                        </span>
                      </th>
                      <td>
                        <Phrases items={[t.label('kind', p.kind), ...(p.role ? [isolate(p.role)] : [])]} t={t} />
                      </td>
                      <td>
                        <Phrases items={[...(p.sector ? [t.label('sector', p.sector)] : []), t.label('formality', effectiveFormality(p))]} t={t} />
                      </td>
                      <td>{tie ? <Phrases items={describeTie(tie, network, network.focus, t)} t={t} /> : t('symbol.noTie')}</td>
                      <td data-consent={p.consent ?? 'unknown'}>{consentText(p, t)}</td>
                      <td>
                        <Phrases items={describePersonNotes(p, network, t)} t={t} />
                      </td>
                      <td>
                        <Phrases items={describeGroups(p, network, t)} t={t} />
                      </td>
                      {hasActions ? (
                        <td data-part="row-actions">
                          <div data-part="row-actions-buttons">
                            {onEditPerson ? (
                              <button type="button" data-part="edit-button" data-edit={`person:${p.id}`} aria-label={t('networkList.edit', { name: p.name })} onClick={() => onEditPerson(p.id)}>
                                {t('networkList.editShort')}
                              </button>
                            ) : null}
                            {onEditTie && tie ? (
                              <button type="button" data-part="edit-button" data-edit={`tie:${tie.id}`} aria-label={t('networkList.editTie', { a: focusName, b: p.name })} onClick={() => onEditTie(tie.id)}>
                                {t('networkList.editTieShort')}
                              </button>
                            ) : null}
                          </div>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Scroll>
        );
      })}
      {otherTies.length > 0 ? (
        <>
          <SubHeading id={`${id}-others`} data-part="network-list-subtitle">
            {t('networkList.otherTies')}
          </SubHeading>
          <Scroll labelledBy={`${id}-others`}>
            <table data-part="network-list-table" data-ties="others" aria-labelledby={`${id}-others`}>
              <thead>
                <tr>
                  <th scope="col">{t('networkList.col.between')}</th>
                  <th scope="col">{t('networkList.col.about')}</th>
                  {onEditTie ? <th scope="col" data-part="actions-header">{t('networkList.col.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {otherTies.map((tie) => {
                  const selected = selectedId != null && selectedId === tie.id;
                  return (
                    <tr key={tie.id} data-tie-id={tie.id} data-selected={selected || undefined} aria-current={selected ? 'true' : undefined}>
                      <th scope="row">{tieLabel(tie)}</th>
                      <td>
                        <Phrases items={describeTie(tie, network, tie.between[0], t)} t={t} />
                      </td>
                      {onEditTie ? (
                        <td data-part="row-actions">
                          <button type="button" data-part="edit-button" data-edit={`tie:${tie.id}`} aria-label={t('networkList.editTie', { a: nameOf(network, tie.between[0]), b: nameOf(network, tie.between[1]) })} onClick={() => onEditTie(tie.id)}>
                            {t('networkList.editTieShort')}
                          </button>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Scroll>
        </>
      ) : null}
    </section>
  );
}
