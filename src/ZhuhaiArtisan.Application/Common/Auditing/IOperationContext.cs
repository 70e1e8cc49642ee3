namespace ZhuhaiArtisan.Application.Common.Auditing;

/// <summary>Names the use case running in this scope, so the audit trail says what was done.</summary>
public interface IOperationContext
{
    string? OperationName { get; set; }
}
