import { ActionIcon, Menu } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconCheck, IconDots, IconGripVertical, IconPencil, IconX } from '@tabler/icons-react';
import type { MoneyStyle } from '../../../../src-main/domain/format';
import type { Decision } from '../../../../src-main/domain/initiative-history';
import type { RoadmapCard } from '../../../../src-main/domain/roadmap';
import classes from './roadmap.module.css';
import { RoadmapCardView } from './RoadmapCardView';

export interface CardActions {
  onOpen: (id: string) => void;
  onDecide: (id: string, decision: Decision) => void;
  /** Moves by menu, for those who neither drag nor use the arrow keys: to a column key. */
  onMoveTo: (id: string, columnKey: string) => void;
  columns: { key: string; label: string }[];
}

/** A card the consultant can drag by its handle, with the pointer or the keyboard. */
export function SortableCard({ card, clientId, money, columnKey, actions }: { card: RoadmapCard; clientId: string; money: MoneyStyle; columnKey: string; actions: CardActions }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: card.id });
  const handle = (
    <ActionIcon
      ref={setActivatorNodeRef}
      variant="subtle"
      color="gray"
      size="sm"
      className={classes.handle}
      aria-label={`Move ${card.title}`}
      {...attributes}
      {...listeners}
    >
      <IconGripVertical size={16} />
    </ActionIcon>
  );
  const menu = (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Actions for ${card.title}`}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => actions.onOpen(card.id)}>
          Edit
        </Menu.Item>
        <Menu.Item leftSection={<IconCheck size={14} />} onClick={() => actions.onDecide(card.id, 'approved')}>
          Client approved…
        </Menu.Item>
        <Menu.Item leftSection={<IconX size={14} />} onClick={() => actions.onDecide(card.id, 'declined')}>
          Client declined…
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>Move to</Menu.Label>
        {actions.columns
          .filter((column) => column.key !== columnKey)
          .map((column) => (
            <Menu.Item key={column.key} onClick={() => actions.onMoveTo(card.id, column.key)}>
              {column.label}
            </Menu.Item>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
  return (
    <div ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <RoadmapCardView card={card} clientId={clientId} money={money} handle={handle} menu={menu} onOpen={() => actions.onOpen(card.id)} dragging={isDragging} />
    </div>
  );
}
