/** The deferred chunk's entry (load-deferred.ts): only what the first frame does not need. */
export { ArticleReader } from '../components/ArticleReader.tsx';
export { ClaimView } from '../components/ClaimView.tsx';
export { MapTooltip } from '../components/MapTooltip.tsx';
export { startPlayback } from '../components/playback.ts';
export { SpotList } from '../components/SpotList.tsx';
export { drawAnnotations, labelMeasure, placedSymbols } from '../map/annotations.ts';
export { flyMap, onMapPointer } from '../map/pointer-hits.ts';
export { urlWriter } from '../url-write.ts';
