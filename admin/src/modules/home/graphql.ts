import { graphql } from '@/graphql/generated';

export const MyTasksDocument = graphql(`
  query MyTasks {
    myTasks {
      id
      kind
      title
      detail
      yearId
      year
      yearName
      sheetId
      targetId
      unitId
      unitName
      deadline
      deadlineFor
      daysLeft
      overdue
    }
  }
`);
