namespace ZhuhaiArtisan.Domain.Common;

public sealed class BusinessRuleValidationException(IBusinessRule brokenRule)
    : Exception(brokenRule.Message)
{
    public IBusinessRule BrokenRule { get; } = brokenRule;

    public string Code => BrokenRule.Code;
}
