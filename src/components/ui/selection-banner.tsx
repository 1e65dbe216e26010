/**
 * Above a list whose whole page is ticked: offers to select every matching row, or says that they
 * are and offers to clear. `plural` names the rows ("partners"); `total` is the matching count as shown.
 */
export function SelectionBanner({
  plural,
  pageCount,
  total,
  offerAllMatching,
  allMatching,
  onSelectAllMatching,
  onClear,
}: {
  plural: string;
  pageCount: number;
  total: string;
  /** Every row of the page is ticked and more rows match than the page holds. */
  offerAllMatching: boolean;
  allMatching: boolean;
  onSelectAllMatching: () => void;
  onClear: () => void;
}) {
  return (
    <>
      {offerAllMatching && !allMatching && (
        <div className="mb-3 rounded-md bg-brand-50 p-3 text-sm text-brand-700">
          All {pageCount} {plural} on this page are selected.{' '}
          <button type="button" className="font-semibold underline" onClick={onSelectAllMatching}>
            Select all {total} matching
          </button>
        </div>
      )}
      {allMatching && (
        <div className="mb-3 rounded-md bg-brand-50 p-3 text-sm text-brand-700" data-testid="all-matching">
          All {total} matching {plural} are selected.{' '}
          <button type="button" className="font-semibold underline" onClick={onClear}>
            Clear selection
          </button>
        </div>
      )}
    </>
  );
}
