import { useForm, type UseFormReturnType } from '@mantine/form';
import { proposalFields, type Proposal, type ProposalFields } from '../../../../src-main/domain/proposal';
import { priceProposal, type ProposalPricing, type ProposalPricingSettings } from '../../../../src-main/domain/proposal-pricing';
import { zodErrors } from '../../components/forms';

/** What the editor changes: everything but the client's decision, which Accept and Decline record. */
export type EditableProposal = Omit<ProposalFields, 'decision'>;
export type ProposalForm = UseFormReturnType<EditableProposal>;

const editable = proposalFields.omit({ decision: true });

export function editableOf(proposal: Proposal): EditableProposal {
  const { id: _id, clientId: _clientId, decision: _decision, decidedAt: _decidedAt, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = proposal;
  return fields;
}

function validate(values: EditableProposal): Record<string, string> {
  const errors = zodErrors(editable, values);
  if (!errors.validUntil && !errors.issueDate && values.validUntil < values.issueDate) errors.validUntil = 'The proposal must be valid until its issue date or later';
  return errors;
}

export function useProposalForm(initial: EditableProposal): ProposalForm {
  return useForm<EditableProposal>({ mode: 'controlled', initialValues: initial, validate });
}

const finite = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** Prices while the consultant types: a field that is not a number yet counts as 0 (quantities as 1). */
export function livePricing(values: EditableProposal, settings: ProposalPricingSettings): ProposalPricing {
  const time = values.time;
  return priceProposal(
    {
      lineItems: values.lineItems.map((line) => ({
        ...line,
        quantity: Math.max(1, Math.round(finite(line.quantity))),
        unitCostCents: Math.max(0, Math.round(finite(line.unitCostCents))),
        markupPercent: line.markupPercent === null ? null : Math.max(0, finite(line.markupPercent)),
      })),
      time: {
        projectManagementHours: Math.max(0, finite(time.projectManagementHours)),
        implementationHours: Math.max(0, finite(time.implementationHours)),
        standbyHours: Math.max(0, finite(time.standbyHours)),
        closeOutHours: Math.max(0, finite(time.closeOutHours)),
      },
    },
    settings,
  );
}
