import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CANVASS_BLOCK_LABELS, CANVASS_BLOCKS, DISCOVERY_TOPICS, noteCount, TRAJECTORY_LABELS, type CanvassContent, type DiscoveryTopic } from '../../domain/canvass';
import type { Client } from '../../domain/client';
import { DISCOVERY_QUESTIONS } from '../../domain/discovery-questions';
import { compareGoals, GOAL_HORIZON_LABELS, GOAL_STATUS_LABELS, type Goal } from '../../domain/goal';
import type { Initiative } from '../../domain/initiative';
import { brandedDocument, type Brand } from '../brand';
import { canvassPageContent, noteNode, planCanvassPage, type CanvassPagePlan, type Measure } from './canvass-page';
import { breakable } from './long-text';
import { cell, emptyNote, headerCell, heading, privateBox, section, titledTable } from './pdf-blocks';

/**
 * The business canvass handout (PRODUCT.md §4, §10): the canvas on one landscape page, then, in
 * portrait, any notes that did not fit, the discovery answers and the client's goals. The private
 * notes appear only when the consultant ticked them in.
 */

export interface CanvassPdfInput {
  client: Client;
  content: CanvassContent;
  goals: readonly Goal[];
  /** The client's initiatives, to name those serving each goal. */
  initiatives: readonly Initiative[];
  includePrivateNotes: boolean;
}

const CONTINUED_SIZE = 9.5;
/** Text that surely fits on a page, so its section can be kept in one piece. */
const SHORT_TEXT = 1_500;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The notes that did not fit on the canvas page, block by block. */
function continuedNotes(content: CanvassContent, plan: CanvassPagePlan, brand: Brand): Content[] {
  if (!plan.continues) return [];
  const sections = CANVASS_BLOCKS.filter((block) => plan.blocks[block].shown < content.blocks[block].length).map((block) => {
    const rest = content.blocks[block].slice(plan.blocks[block].shown);
    const notes = rest.map((note) => noteNode(note.text, CONTINUED_SIZE, brand));
    const short = rest.reduce((total, note) => total + note.text.length, 0) < SHORT_TEXT;
    return section(`${CANVASS_BLOCK_LABELS[block]} (continued)`, notes, { short });
  });
  return [{ text: 'Canvas notes continued', style: 'title', fontSize: 16, margin: [0, 0, 0, 4] }, ...sections];
}

function answerBody(topic: DiscoveryTopic, content: CanvassContent): Content {
  const answer = content.discovery[topic];
  const label = topic === 'growth' && content.trajectory ? TRAJECTORY_LABELS[content.trajectory] : '';
  // "Growing." leads the answer, unless the answer already starts with the word.
  const trajectory = label && !answer.toLocaleLowerCase().startsWith(label.toLocaleLowerCase()) ? `${label}.` : '';
  if (!answer && !trajectory) return emptyNote('Not discussed yet.');
  return {
    text: [...(trajectory ? [{ text: `${trajectory}${answer ? ' ' : ''}`, bold: true }] : []), { text: breakable(answer) }],
    fontSize: 10,
    lineHeight: 1.2,
  };
}

function discoveryAnswers(content: CanvassContent, brand: Brand): Content[] {
  const topics = DISCOVERY_TOPICS.map((topic, index): Content => {
    const question = DISCOVERY_QUESTIONS[topic];
    return {
      stack: [
        { text: `${index + 1}. ${question.title}`, fontSize: 10.5, bold: true, color: brand.primaryColour },
        { text: question.question, fontSize: 8.5, italics: true, color: '#555555', margin: [0, 1, 0, 3] },
        answerBody(topic, content),
      ],
      margin: [0, 0, 0, 10],
      unbreakable: content.discovery[topic].length < SHORT_TEXT,
    };
  });
  return [heading('Discovery answers'), ...topics];
}

function goalsSection(goals: readonly Goal[], initiatives: readonly Initiative[], brand: Brand): Content {
  if (goals.length === 0) return section('Business goals', [emptyNote('No business goals recorded yet.')]);
  const servedBy = (goal: Goal): TableCell => {
    const titles = initiatives.filter((item) => item.why.goalIds.includes(goal.id)).map((item) => breakable(item.title));
    return titles.length === 0 ? cell('–') : { ul: titles, style: 'tableCell', markerColor: brand.accentColour };
  };
  const rows = [...goals].sort(compareGoals).map((goal): TableCell[] => [
    cell(breakable(goal.title), { bold: true }),
    cell(GOAL_HORIZON_LABELS[goal.horizon], { noWrap: true }),
    cell(breakable(goal.measureOfSuccess) || '–'),
    cell(GOAL_STATUS_LABELS[goal.status], { noWrap: true }),
    servedBy(goal),
  ]);
  return titledTable(
    {
      title: 'Business goals',
      intro: 'What the business is aiming for, and the roadmap initiatives that serve each goal.',
      widths: ['*', 'auto', '*', 'auto', '*'],
      header: [headerCell('Goal'), headerCell('Horizon'), headerCell('Measure of success'), headerCell('Status'), headerCell('Initiatives serving it')],
      rows,
    },
    brand,
  );
}

export async function canvassDocument(input: CanvassPdfInput, brand: Brand, measure: Measure): Promise<TDocumentDefinitions> {
  const { content } = input;
  const plan = await planCanvassPage(content, brand, measure);
  const count = noteCount(content);
  const canvasPage = canvassPageContent(content, plan, brand, {
    left: input.client.name,
    right: `${plural(count, 'note', 'notes')}  ·  as of ${brand.dateLabel}`,
  });
  const following: Content[] = [
    ...continuedNotes(content, plan, brand),
    ...discoveryAnswers(content, brand),
    goalsSection(input.goals, input.initiatives, brand),
    ...(input.includePrivateNotes ? [section('Sensitive context', [privateBox(input.client.privateNotes, brand)], { short: input.client.privateNotes.length < SHORT_TEXT })] : []),
  ];
  // The canvas page is landscape; what follows is read as text, in portrait.
  const [first, ...rest] = following;
  const turned: Content[] = first ? [{ stack: [first], pageBreak: 'before', pageOrientation: 'portrait' }, ...rest] : [];
  return brandedDocument(brand, [...canvasPage, ...turned], { landscape: true });
}
