
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Agency",
      "Goal",
      "Indicator",
      "Law",
      "Plan",
      "Task"
    ],
    "Ownable": [
      "Indicator",
      "Task"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Agency",
      "Goal",
      "Indicator",
      "Law",
      "Plan",
      "Task"
    ],
    "Ownable": [
      "Indicator",
      "Task"
    ]
  }
};
      export default result;
    