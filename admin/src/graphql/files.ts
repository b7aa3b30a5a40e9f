import { graphql } from './generated';

/** A file the API makes (XLSX, DOCX): what downloadBase64 saves. */
export const FileDownloadFieldsFragment = graphql(`
  fragment FileDownloadFields on FileDownload {
    fileName
    contentType
    base64
  }
`);
