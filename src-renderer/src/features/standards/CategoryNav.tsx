import { Badge, Card, NavLink, Text } from '@mantine/core';
import type { CategoryCount } from '../../../../src-main/domain/standard-search';
import classes from './standards.module.css';

/** Browse by category: every category of the library with how many active standards it holds. */
export function CategoryNav({ categories, active, total, onChange }: { categories: CategoryCount[]; active: string | null; total: number; onChange: (category: string | null) => void }) {
  return (
    <Card withBorder padding={4} className={classes.categories} visibleFrom="lg" component="nav" aria-label="Categories">
      <div className={classes.categoryScroll} tabIndex={0}>
        <NavLink label="All categories" active={active === null} onClick={() => onChange(null)} rightSection={<Badge variant="light" color="gray">{total}</Badge>} />
        {categories.length === 0 && (
          <Text size="xs" c="dimmed" p="xs">
            No category yet.
          </Text>
        )}
        {categories.map((entry) => (
          <NavLink
            key={entry.category}
            label={entry.category}
            active={active !== null && active.toLocaleLowerCase() === entry.category.toLocaleLowerCase()}
            onClick={() => onChange(entry.category)}
            rightSection={
              <Badge variant="light" color="gray" title={`${entry.active} active of ${entry.total}`}>
                {entry.active}
              </Badge>
            }
          />
        ))}
      </div>
    </Card>
  );
}
