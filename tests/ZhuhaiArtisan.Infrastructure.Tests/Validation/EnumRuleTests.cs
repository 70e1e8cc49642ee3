using FluentValidation;
using ZhuhaiArtisan.Application.Common.Validation;
using ZhuhaiArtisan.Domain.Talents;

namespace ZhuhaiArtisan.Infrastructure.Tests.Validation;

/// <summary>An enum value outside its members (as a number in JSON can carry) is refused, nullable or not.</summary>
public sealed class EnumRuleTests
{
    [Fact]
    public void ADefinedMember_AndNoValue_AreAccepted()
    {
        var validator = new Validator();

        Assert.True(validator.Validate(new Input(TalentOrigin.Local, TalentOrigin.OutsideCity)).IsValid);
        Assert.True(validator.Validate(new Input(null, TalentOrigin.Local)).IsValid);
    }

    [Fact]
    public void AnUndefinedValue_IsRefused_NamingTheField()
    {
        var validator = new Validator();

        var result = validator.Validate(new Input((TalentOrigin)42, (TalentOrigin)(-1)));

        Assert.Equal(["Optional", "Required"], result.Errors.Select(e => e.PropertyName));
        Assert.Equal("'Optional' has a range of values which does not include '42'.", result.Errors[0].ErrorMessage);
    }

    private sealed record Input(TalentOrigin? Optional, TalentOrigin Required);

    private sealed class Validator : AbstractValidator<Input>
    {
        public Validator()
        {
            RuleFor(i => i.Optional).MustBeDefined();
            RuleFor(i => i.Required).MustBeDefined();
        }
    }
}
