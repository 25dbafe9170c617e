import type { CanvasElement, Column, Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DISCOVERY_TOPICS, TRAJECTORIES, TRAJECTORY_LABELS, type DiscoveryTopic } from '../../domain/canvass';
import type { Client } from '../../domain/client';
import { DISCOVERY_QUESTIONS } from '../../domain/discovery-questions';
import { brandedDocument, type Brand } from '../brand';
import { contentWidth } from './pdf-blocks';

/**
 * The business questions on paper (PRODUCT.md §4), for the client to fill in before a meeting:
 * each discovery question with its follow-up prompts and ruled space to write the answer.
 */

const LINE_SPACING = 21;
const RULE_COLOUR = '#98A2B3';
/** Questions that usually take more words get more lines. */
const ANSWER_LINES: Partial<Record<DiscoveryTopic, number>> = { goalsAndSuccess: 7, criticalOperations: 6, customers: 6 };
const DEFAULT_LINES = 5;

function ruledLines(count: number, width: number): Content {
  const lines: CanvasElement[] = Array.from({ length: count }, (_, index) => {
    const y = LINE_SPACING * (index + 1);
    return { type: 'line', x1: 0, y1: y, x2: width, y2: y, lineWidth: 0.5, lineColor: RULE_COLOUR };
  });
  return { canvas: lines, margin: [0, 0, 0, 4] };
}

/** Three boxes to tick, drawn (the bundled font has no check-box glyph). */
function trajectoryChoices(): Content {
  return {
    columns: TRAJECTORIES.map((value) => ({
      width: 'auto',
      columns: [
        { width: 12, canvas: [{ type: 'rect', x: 0, y: 1, w: 9, h: 9, lineWidth: 0.8, lineColor: '#475467' }] },
        { width: 'auto', text: TRAJECTORY_LABELS[value], fontSize: 10 },
      ],
      columnGap: 4,
    })),
    columnGap: 24,
    margin: [0, 2, 0, 2],
  };
}

function blankField(label: string, width: number): Column {
  return {
    width,
    stack: [
      { text: label.toUpperCase(), style: 'label' },
      { canvas: [{ type: 'line', x1: 0, y1: 16, x2: width, y2: 16, lineWidth: 0.5, lineColor: RULE_COLOUR }] },
    ],
  };
}

function questionBlock(topic: DiscoveryTopic, index: number, brand: Brand): Content {
  const question = DISCOVERY_QUESTIONS[topic];
  const width = contentWidth(brand, false);
  return {
    stack: [
      { text: `${index + 1}. ${question.title}`, fontSize: 11.5, bold: true, color: brand.primaryColour },
      { text: question.question, fontSize: 10.5, margin: [0, 2, 0, 1] },
      { text: question.prompts, fontSize: 8.5, italics: true, color: '#555555' },
      ...(topic === 'growth' ? [trajectoryChoices()] : []),
      ruledLines(ANSWER_LINES[topic] ?? DEFAULT_LINES, width),
    ],
    unbreakable: true,
    margin: [0, 0, 0, 12],
  };
}

export function questionnaireDocument(input: { client: Client }, brand: Brand): TDocumentDefinitions {
  const width = contentWidth(brand, false);
  const gap = 16;
  const content: Content[] = [
    { text: 'Business questions', style: 'title' },
    { text: `For ${input.client.name}`, style: 'subtitle', margin: [0, 0, 0, 6] },
    {
      text: [
        'These questions help us plan technology around where your business is heading, not just around the equipment you have. ',
        'Please jot down short answers before we meet: a few words or bullet points are plenty. ',
        'Skip anything you would rather talk through in person.',
      ],
      fontSize: 10,
      lineHeight: 1.2,
      margin: [0, 0, 0, 10],
    },
    { columns: [blankField('Completed by', (width - 2 * gap) * 0.45), blankField('Role', (width - 2 * gap) * 0.3), blankField('Date', (width - 2 * gap) * 0.25)], columnGap: gap, margin: [0, 0, 0, 18] },
    ...DISCOVERY_TOPICS.map((topic, index) => questionBlock(topic, index, brand)),
    {
      stack: [
        { text: 'Anything else we should know?', fontSize: 11.5, bold: true, color: brand.primaryColour },
        { text: 'Plans, worries or ideas the questions above did not cover.', fontSize: 8.5, italics: true, color: '#555555' },
        ruledLines(DEFAULT_LINES, width),
      ],
      unbreakable: true,
    },
  ];
  return brandedDocument(brand, content);
}
