using ZhuhaiArtisan.Domain.Organizations;

namespace ZhuhaiArtisan.Domain.UnitTests.Organizations;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    // Published example codes whose check characters follow GB 32100.
    [InlineData("91350100M000100Y43")]
    [InlineData("91440400MA0DM0001X")]
    public void Validate_WhenCheckCharacterIsRight_ReturnsNone(string code) =>
        Assert.Equal(UnifiedSocialCreditCodeError.None, UnifiedSocialCreditCode.Validate(code));

    [Theory]
    [InlineData("91350100M000100Y44", UnifiedSocialCreditCodeError.WrongCheckCharacter)]
    [InlineData("91350100M000100Y4", UnifiedSocialCreditCodeError.WrongLength)]
    [InlineData("", UnifiedSocialCreditCodeError.WrongLength)]
    [InlineData(null, UnifiedSocialCreditCodeError.WrongLength)]
    [InlineData("91350100M000100I43", UnifiedSocialCreditCodeError.IllegalCharacter)]
    [InlineData("91350100m000100Y43", UnifiedSocialCreditCodeError.IllegalCharacter)]
    [InlineData("913A0100M000100Y43", UnifiedSocialCreditCodeError.IllegalCharacter)]
    public void Validate_WhenCodeIsWrong_SaysWhy(string? code, UnifiedSocialCreditCodeError expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.Validate(code));

    [Fact]
    public void ComputeCheckCharacter_WhenRemainderIsZero_UsesZero()
    {
        // Every 17-character prefix yields a check character from the alphabet, and the full code validates.
        foreach (var serial in Enumerable.Range(0, 500))
        {
            var first17 = $"9144040{serial:D10}";
            var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
            Assert.Equal(UnifiedSocialCreditCodeError.None, UnifiedSocialCreditCode.Validate(code));
        }
    }
}
