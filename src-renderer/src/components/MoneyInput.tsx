import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { currencySymbol, formatMoneyForInput, parseMoney, type MoneyStyle } from '../../../src-main/domain/format';

type MoneyInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'leftSection'> & {
  value?: number | null;
  /** Cents; null when the field is left empty; NaN while the text is not an amount. */
  onChange: (cents: number | null) => void;
  money: MoneyStyle;
  nullable?: boolean;
};

/** An amount typed the way the consultant writes it ("1,250", "1.250,00", "$1250.5"), kept as cents. */
export function MoneyInput({ value = null, onChange, money, nullable = false, error, onBlur, ...rest }: MoneyInputProps) {
  const [text, setText] = useState(() => (value === null || Number.isNaN(value) ? '' : formatMoneyForInput(value, money.locale)));
  const [parseError, setParseError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    if (!focused && value !== null && !Number.isNaN(value)) setText(formatMoneyForInput(value, money.locale));
    if (!focused && value === null) setText('');
  }, [value, focused, money.locale]);

  function interpret(next: string): void {
    if (next.trim() === '') {
      setParseError(nullable ? null : 'Enter an amount');
      onChange(nullable ? null : Number.NaN);
      return;
    }
    const parsed = parseMoney(next);
    if (parsed.ok) {
      setParseError(null);
      onChange(parsed.cents);
    } else {
      setParseError(parsed.message);
      onChange(Number.NaN);
    }
  }

  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      leftSection={<span aria-hidden>{currencySymbol(money)}</span>}
      value={text}
      error={parseError ?? error}
      onFocus={() => setFocused(true)}
      onChange={(event) => {
        setText(event.currentTarget.value);
        interpret(event.currentTarget.value);
      }}
      onBlur={(event) => {
        setFocused(false);
        const parsed = parseMoney(text);
        if (parsed.ok) setText(formatMoneyForInput(parsed.cents, money.locale));
        onBlur?.(event);
      }}
    />
  );
}
