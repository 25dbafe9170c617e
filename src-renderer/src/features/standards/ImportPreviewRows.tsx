import { Badge, Group, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { StandardsImportPreview } from '../../../../src-main/api/contract/standards';
import classes from './standards.module.css';

type Row = StandardsImportPreview['rows'][number];

const ACTION_LABELS = { add: 'Add', update: 'Update', skip: 'Skip' } as const;
const ACTION_COLOURS = { add: 'teal', update: 'blue', skip: 'gray' } as const;

function detail(row: Row): string {
  if (row.action === 'update') return `Changes the ${row.changes.join(', ')}.`;
  if (row.action === 'skip') return row.reason;
  return '';
}

/** The rows of an import preview in a scrolling box that renders only what is in view. */
export function ImportPreviewRows({ rows }: { rows: Row[] }) {
  const box = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => box.current, estimateSize: () => 52, overscan: 8 });
  return (
    <div ref={box} className={classes.previewBox} tabIndex={0} aria-label="Rows of the file">
      <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
        {virtual.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <div
              key={item.key}
              ref={virtual.measureElement}
              data-index={item.index}
              className={classes.previewRow}
              style={{ transform: `translateY(${item.start}px)` }}
              data-testid="import-preview-row"
              data-action={row.action}
            >
              <Text size="xs" c="dimmed" w={44} className="tabular">
                {row.rowNumber}
              </Text>
              <Badge color={ACTION_COLOURS[row.action]} variant="light" w={70} tt="none">
                {ACTION_LABELS[row.action]}
              </Badge>
              <div style={{ flex: 1, minWidth: 0 }}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {row.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.category}
                  </Text>
                </Group>
                <Text size="xs">{row.question}</Text>
                {detail(row) && (
                  <Text size="xs" c="dimmed">
                    {detail(row)}
                  </Text>
                )}
                {row.lint.length > 0 && (
                  <Text size="xs" c="orange.8">
                    Question to rephrase: {row.lint.join(' ')}
                  </Text>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
