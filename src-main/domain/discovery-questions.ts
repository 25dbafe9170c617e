import type { DiscoveryTopic } from './canvass';

/**
 * The discovery questions (PRODUCT.md §4), one per topic, asked of a decision maker. The screen
 * shows them as prompts over the answers; the questionnaire PDF prints them for the client.
 */
export interface DiscoveryQuestion {
  /** A short name for the topic, used as a heading. */
  title: string;
  /** The question as it is put to the client. */
  question: string;
  /** Follow-ups that help the client answer, in a sentence or two. */
  prompts: string;
}

export const DISCOVERY_QUESTIONS: Record<DiscoveryTopic, DiscoveryQuestion> = {
  customers: {
    title: 'Customers and why they buy',
    question: 'Who buys from you, and what makes them choose you rather than someone else?',
    prompts: 'Think of your three best customers. Are they households, small firms or large organisations? Do they come for price, quality, speed or a specialty?',
  },
  serviceArea: {
    title: 'Area served',
    question: 'Where are your customers: in one town, across a region, nationwide or abroad?',
    prompts: 'Do you serve them on site, from a shop or office, online, or a mix?',
  },
  criticalOperations: {
    title: 'Business-critical operations',
    question: 'Which activities would bring the business to a halt if they stopped, and what technology do they run on?',
    prompts: 'For example scheduling, production, billing, dispatch or patient care. How long could each be down before customers noticed?',
  },
  suppliersAndPartners: {
    title: 'Suppliers and partners',
    question: 'Which suppliers, vendors and partners could you not do without?',
    prompts: 'Include the software vendors and service firms you rely on, and anyone who shares data or systems with you.',
  },
  kpis: {
    title: 'Key figures',
    question: 'Which few numbers tell you, week by week, whether the business is healthy?',
    prompts: 'Revenue per month, jobs completed, billable hours, average order, customer churn: the figures you actually look at.',
  },
  goalsAndSuccess: {
    title: 'Goals and success in three years',
    question: 'What are you aiming for, and what would the business look like three years from now if things went well?',
    prompts: 'New locations, services or markets, more staff, a sale or a handover: anything that would change how you work.',
  },
  marketPosition: {
    title: 'Market position',
    question: 'How do you stand against your competitors, and how big is your share of the market?',
    prompts: 'Are you the local leader, a specialist in a niche, or a newcomer? Who do you lose business to?',
  },
  howTheyMakeMoney: {
    title: 'How you make money',
    question: 'Do you earn by selling a lot at thin margins, or less at healthy margins?',
    prompts: 'Which products or services bring in the most, and which earn the most per sale?',
  },
  salesAndMarketing: {
    title: 'Sales and marketing',
    question: 'How do new customers find you, and who looks after sales and marketing?',
    prompts: 'Referrals, a sales team, advertising, a website, social media? Is it done in house or by an agency?',
  },
  growth: {
    title: 'Growing, stable or shrinking',
    question: 'Is the business growing, holding steady or shrinking, and is your market expanding or contracting?',
    prompts: 'How well do you keep the customers you have? What has changed in the last year?',
  },
  risksAndObstacles: {
    title: 'Risks and obstacles',
    question: 'What could hurt the business most, and what stands between you and your goals?',
    prompts: 'Losing a key person or customer, cash flow, hiring, a cyber attack, new regulation, a competitor.',
  },
  complianceObligations: {
    title: 'Compliance obligations',
    question: 'Which laws, regulations, contracts or insurers set rules for how you handle data and systems?',
    prompts: 'For example HIPAA, PCI DSS for card payments, CMMC for defence work, GDPR, or the terms of your cyber insurance.',
  },
};
