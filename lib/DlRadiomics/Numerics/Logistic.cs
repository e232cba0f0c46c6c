namespace DlRadiomics.Numerics;

/// <summary>The logistic function and its inverse, computed stably for large |η|.</summary>
public static class Logistic
{
    /// <summary>1/(1 + e^{−η}).</summary>
    public static double Sigmoid(double eta) => eta >= 0 ? 1.0 / (1.0 + Math.Exp(-eta)) : Math.Exp(eta) / (1.0 + Math.Exp(eta));

    /// <summary>log(p/(1 − p)).</summary>
    public static double Logit(double p) => Math.Log(p / (1.0 - p));

    /// <summary>σ(η), with log(1 + e^η) in <paramref name="softplus"/>, from one exponential e^{−|η|}; bit for bit
    /// <see cref="Sigmoid"/>(η) and −<see cref="LogSigmoid"/>(−η).</summary>
    internal static double SigmoidAndSoftplus(double eta, out double softplus)
    {
        double e = Math.Exp(-Math.Abs(eta));
        softplus = Math.Max(eta, 0) + Math.Log(1.0 + e);
        return eta >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
    }

    /// <summary>log σ(η) = −log(1 + e^{−η}).</summary>
    internal static double LogSigmoid(double eta) => eta >= 0 ? -Math.Log(1.0 + Math.Exp(-eta)) : eta - Math.Log(1.0 + Math.Exp(eta));
}
