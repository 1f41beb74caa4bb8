/**
 * The pane's language: the translator for it, and a switch that loads the other language's strings
 * (a chunk of their own) before showing them. Until English is loaded the pane speaks Chinese.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadStrings, stringsLoaded, translator, type Locale, type Translate } from './i18n';

export function useLocale(initial: Locale): { locale: Locale; t: Translate; toggle: () => void } {
  const [locale, setLocale] = useState<Locale>(initial);
  // Bumped when strings arrive, so the translator is made again with them.
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    if (stringsLoaded(locale)) return;
    void loadStrings(locale).then(() => setLoads((n) => n + 1));
  }, [locale]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `loads` signals new strings
  const t = useMemo(() => translator(locale), [locale, loads]);
  const toggle = useCallback(() => {
    const next: Locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
    void loadStrings(next).then(() => setLocale(next));
  }, [locale]);
  return { locale, t, toggle };
}
