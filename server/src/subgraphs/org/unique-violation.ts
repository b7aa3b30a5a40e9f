// Moved to platform/database (both subgraphs use it); kept here for the org services' imports.
export { isUniqueViolation } from '../../platform/database/unique-violation';
