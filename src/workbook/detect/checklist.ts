/**
 * The 评分区域 checklist of a sheet, whatever names it already has: for every input name detection
 * knows, whether it is set (and where), broken (and why), or missing — then what detection would
 * propose for it and what its absence costs. A sheet with some names is never a dead end: the pane
 * can offer each missing name's proposal, or the selection.
 */
import { zhText } from '../messages';
import { lookupName } from '../names';
import { formatReference } from '../references';
import type { ScoringSnapshot } from '../types';
import { detectLayout, type DetectedPart } from './detectLayout';
import { PART_SPECS } from './parts';

export interface ChecklistEntry {
  name: DetectedPart['name'];
  label: string;
  required: boolean;
  status: 'set' | 'bad' | 'missing';
  /** The name's reference when set ("'Sheet'!$D$4:$D$27"), else null. */
  reference: string | null;
  /** Why a set name cannot be used (status 'bad'), else null. */
  problem: string | null;
  /** For a missing name: detection's found part for it (range and header), else null. */
  proposal: DetectedPart | null;
  /** For a missing name without a proposal: what its absence costs (null when nothing). */
  consequence: string | null;
}

export function rangeChecklist(snapshot: ScoringSnapshot): ChecklistEntry[] {
  const sheet = snapshot.sheet.name;
  const detection = detectLayout(snapshot.sheet.grid, sheet);
  return PART_SPECS.map((spec) => {
    const lookup = lookupName(snapshot.names, sheet, spec.name);
    const detected = detection.parts.find((part) => part.name === spec.name)!;
    const base = { name: spec.name, label: spec.label, required: spec.required };
    if (lookup.kind === 'ok') {
      return {
        ...base,
        status: 'set',
        reference: formatReference(lookup.area),
        problem: null,
        proposal: null,
        consequence: null,
      };
    }
    if (lookup.kind === 'bad') {
      return {
        ...base,
        status: 'bad',
        reference: null,
        problem: zhText(lookup.text),
        proposal: null,
        consequence: detected.consequence,
      };
    }
    const proposal = detected.status === 'found' ? detected : null;
    return {
      ...base,
      status: 'missing',
      reference: null,
      problem: null,
      proposal,
      consequence: proposal ? null : detected.consequence,
    };
  });
}
