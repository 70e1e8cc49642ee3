namespace ZhuhaiArtisan.Domain.Common;

/// <summary>A domain rule that a state change must satisfy, with a stable machine code.</summary>
public interface IBusinessRule
{
    string Code { get; }

    string Message { get; }

    bool IsBroken();
}
