/**
 * Builds what the pane shows about a sheet's scoring ranges (./sheet-layout.ts) from its names and
 * the detection: in its own module because it words why a name is unusable in Chinese (the message
 * tables), which only the scoring chunk carries; the pane's first paint needs only the types and
 * the helpers of ./sheet-layout.ts.
 */
import type { ProfileId } from '../engine/types';
import type { Detection } from '../workbook/detect';
import { PART_SPECS, type DetectPart } from '../workbook/detect/parts';
import { zhText } from '../workbook/messages';
import { INPUT_NAMES, lookupName, REQUIRED_NAMES } from '../workbook/names';
import type { DefinedName } from '../workbook/types';
import { INPUT_NAME_LABELS } from './controller';
import { localAddress, type RangeState, type SheetLayout } from './sheet-layout';

export function sheetLayout(
  sheet: string,
  names: DefinedName[],
  detection: Detection,
  profile: ProfileId | null,
): SheetLayout {
  const looked = INPUT_NAMES.map((name) => ({ name, found: lookupName(names, sheet, name) }));
  // What a name's absence costs depends on the others (the budget needs a rate OR both amounts):
  // counted as there are the names set and those detection proposes (one click defines them).
  const present = new Set<DetectPart>(
    PART_SPECS.filter(
      (spec) =>
        looked.some((l) => l.name === spec.name && l.found.kind === 'ok') ||
        detection.parts.some((p) => p.name === spec.name && p.status === 'found'),
    ).map((spec) => spec.part),
  );
  const ranges = looked.map(({ name, found }): RangeState => {
    const spec = PART_SPECS.find((s) => s.name === name);
    const part = detection.parts.find((p) => p.name === name);
    const address = found.kind === 'ok' ? localAddress(found.area) : null;
    return {
      name,
      label: spec?.label ?? INPUT_NAME_LABELS[name] ?? name,
      required: REQUIRED_NAMES.includes(name),
      address,
      broken: found.kind === 'bad' ? zhText(found.text) : null,
      brokenText: found.kind === 'bad' ? found.text : null,
      proposal:
        part?.status === 'found' && part.area
          ? { address: localAddress(part.area), header: part.header, headerCell: part.headerCell }
          : null,
      consequence:
        address === null && !part?.area && spec
          ? spec.consequence(profile ?? detection.profile.id, present)
          : null,
    };
  });
  return { sheet, ranges, detection };
}
