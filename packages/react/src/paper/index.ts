/**
 * Paper and images: the parts the Ecogram and the Lifeline share for printing and saving —
 * the title block, the "Opslaan als SVG / PNG" buttons, the file names and the page
 * orientation. Print styles are in `paper.css`.
 */
export { SaveButtons, type SaveButtonsProps } from './SaveButtons';
export { TitleBlock } from './TitleBlock';
export { downloadBlob } from './download';
export { usePaper, type Paper, type UsePaperOptions } from './usePaper';
export {
  exportTitleLines, paperFileName, paperOrientation, titleBlockContent,
  type PaperDrawing, type PaperInfo, type PaperPage, type TitleBlockContent,
} from './content';
export { paperMessages, type PaperMessageKey } from './messages';
