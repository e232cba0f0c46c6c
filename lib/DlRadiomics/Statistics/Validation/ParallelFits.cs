using System.Runtime.ExceptionServices;

namespace DlRadiomics.Statistics.Validation;

/// <summary>
/// Independent refits of a validation scheme on all cores: item i's result in slot i, so the results do not depend
/// on the number of threads; when items fail, the failure of the lowest index is rethrown as it was thrown (not
/// wrapped), after every item has run.
/// </summary>
internal static class ParallelFits
{
    public static T[] Run<T>(int count, Func<int, T> fit)
    {
        var results = new T[count];
        var errors = new ExceptionDispatchInfo?[count];
        Parallel.For(0, count, i =>
        {
            try { results[i] = fit(i); }
            catch (Exception e) { errors[i] = ExceptionDispatchInfo.Capture(e); }
        });
        errors.FirstOrDefault(e => e is not null)?.Throw();
        return results;
    }
}
