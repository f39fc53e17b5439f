/** Editors of people and ties, the quick add forms, and the popover that holds them next to the map. */
export { PersonEditor, parseLanguages, type PersonEditorProps, type PersonField } from './PersonEditor';
export { TieEditor, insertHistoryEntry, type TieChangeOptions, type TieEditorProps, type TieField } from './TieEditor';
export { AddPersonForm, type AddPersonFormProps, type SubmitAnswer } from './AddPersonForm';
export { AddTieForm, type AddTieFormProps } from './AddTieForm';
export { EditorPopover, type EditorPopoverProps, type PopoverAnchor } from './EditorPopover';
export { editorMessages, type EditorMessageKey } from './messages';
