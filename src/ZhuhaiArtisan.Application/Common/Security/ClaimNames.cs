namespace ZhuhaiArtisan.Application.Common.Security;

/// <summary>Claims that scope a caller to the records it may see.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Organization = "org";
    public const string District = "district";
    public const string Talent = "talent";
    public const string Client = "client";
}
