import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { currencySymbol, formatMoneyForInput, parseMoney, type MoneyStyle } from '../../../src-main/domain/format';

type MoneyInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'leftSection'> & {
  value?: number | null;
  /** Cents; null when the field is left empty; NaN while the text is not an amount. */
  onChange: (cents: number | null) => void;
  money: MoneyStyle;
  nullable?: boolean;
  /** Text to start from instead of the value (a cell that starts editing with the key typed). */
  initialText?: string | undefined;
};

/** An amount typed the way the consultant writes it ("1,250", "1.250,00", "$1250.5"), kept as cents. */
export function MoneyInput({ value = null, onChange, money, nullable = false, error, onBlur, onFocus, initialText, ...rest }: MoneyInputProps) {
  const [text, setText] = useState(() => initialText ?? (value === null || Number.isNaN(value) ? '' : formatMoneyForInput(value, money.locale)));
  const [parseError, setParseError] = useState<string | null>(() => {
    if (initialText === undefined) return null;
    const parsed = parseMoney(initialText);
    return parsed.ok ? null : parsed.message;
  });
  // Text typed before the field took focus (a cell opened by a key) is not reformatted under the caret.
  const [focused, setFocused] = useState(initialText !== undefined);

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
      onFocus={(event) => {
        setFocused(true);
        onFocus?.(event);
      }}
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
