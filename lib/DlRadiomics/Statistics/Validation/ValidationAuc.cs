namespace DlRadiomics.Statistics;

/// <summary>
/// Area under the ROC curve as the Mann–Whitney probability P(score_case &gt; score_control) + ½P(tie), with cases
/// coded 1; no direction flipping (a model worse than chance gets AUC &lt; 0.5, which optimism needs).
/// </summary>
/// <remarks>AUC = (R₁ − n₁(n₁+1)/2) / (n₁n₀), R₁ the sum of mid-ranks of the cases.</remarks>
public static class ValidationAuc
{
    public static double Compute(IReadOnlyList<double> scores, IReadOnlyList<int> outcome)
    {
        if (scores.Count != outcome.Count) throw new ModelInputException($"{scores.Count} scores for {outcome.Count} outcomes");
        int n = scores.Count;
        var order = Enumerable.Range(0, n).OrderBy(i => scores[i]).ToArray();
        double rankSum = 0;
        long cases = 0;
        for (int start = 0; start < n;)
        {
            if (!double.IsFinite(scores[order[start]])) throw new ModelInputException($"score of row {order[start]} is {scores[order[start]]}; every prediction must be finite");
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) end++;
            double midRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) if (outcome[order[k]] == 1) { rankSum += midRank; cases++; }
            start = end + 1;
        }
        long controls = n - cases;
        if (cases == 0 || controls == 0) throw new ModelInputException("AUC needs both outcome classes among the scored rows");
        return (rankSum - cases * (cases + 1) / 2.0) / ((double)cases * controls);
    }
}
