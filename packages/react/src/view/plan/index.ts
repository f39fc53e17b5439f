export * from './planSections';
