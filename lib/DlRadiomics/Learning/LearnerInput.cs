using System.Globalization;

namespace DlRadiomics.Learning;

/// <summary>
/// The input checks every learner makes, with one wording: rows × features must be non-empty, rectangular and finite;
/// the outcome must have one 0/1 value per row and contain both classes. Learners call <see cref="CheckTraining"/> at
/// the start of <c>Fit</c> and <see cref="CheckRows"/> at the start of <c>PredictProbability</c>.
/// </summary>
internal static class LearnerInput
{
    /// <summary>Checks training rows and outcome for learner <paramref name="learner"/>; returns the feature count.</summary>
    /// <exception cref="LearnerInputException">The first problem found, naming row, column and value.</exception>
    public static int CheckTraining(string learner, double[][] x, IReadOnlyList<int> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new LearnerInputException($"{learner}: no training rows; give at least one row per class");
        if (x.Length != y.Count)
            throw new LearnerInputException($"{learner}: {x.Length} training rows but {y.Count} outcomes; give one outcome per row");
        int features = x[0]?.Length ?? throw new LearnerInputException($"{learner}: training row 0 is null");
        CheckRows(learner, x, features, "training");
        int ones = 0;
        for (int i = 0; i < y.Count; i++)
        {
            if (y[i] is not (0 or 1))
                throw new LearnerInputException($"{learner}: the outcome of training row {i} is {y[i]}; the outcome must be 0 or 1 (code the event as 1)");
            ones += y[i];
        }
        if (ones == 0 || ones == y.Count)
            throw new LearnerInputException(
                $"{learner}: all {y.Count} training outcomes are {y[0]}; fitting needs both classes (use stratified folds, or fewer folds)");
        return features;
    }

    /// <summary>Checks one hyper-parameter: throws, naming the setting, the value received and the rule, when <paramref name="valid"/> is false.</summary>
    public static void CheckOption(string learner, bool valid, string name, object value, string rule)
    {
        if (!valid) throw new LearnerInputException(string.Create(CultureInfo.InvariantCulture, $"{learner}: {name} = {value} is invalid; {name} must be {rule}"));
    }

    /// <summary>Checks that the rows to predict have <paramref name="features"/> finite values each.</summary>
    /// <exception cref="LearnerInputException">A null, short, long or non-finite row, naming it.</exception>
    public static void CheckRows(string learner, double[][] x, int features, string what = "prediction")
    {
        ArgumentNullException.ThrowIfNull(x);
        if (features == 0) throw new LearnerInputException($"{learner}: the {what} rows have no feature columns; select at least one feature");
        for (int i = 0; i < x.Length; i++)
        {
            var row = x[i] ?? throw new LearnerInputException($"{learner}: {what} row {i} is null");
            if (row.Length != features)
                throw new LearnerInputException(
                    $"{learner}: {what} row {i} has {row.Length} values but {features} are expected; every row needs one value per feature, in the training order");
            for (int j = 0; j < row.Length; j++)
                if (!double.IsFinite(row[j]))
                    throw new LearnerInputException(string.Create(CultureInfo.InvariantCulture,
                        $"{learner}: {what} row {i}, column {j} is {row[j]}; remove or impute missing values first (listwise deletion: drop the row)"));
        }
    }
}
