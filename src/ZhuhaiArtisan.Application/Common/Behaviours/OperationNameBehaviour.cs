using Mediator;
using ZhuhaiArtisan.Application.Common.Auditing;

namespace ZhuhaiArtisan.Application.Common.Behaviours;

/// <summary>Records which use case runs, so every audit entry written in this scope names it.</summary>
public sealed class OperationNameBehaviour<TMessage, TResponse>(IOperationContext operation)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        operation.OperationName ??= OperationNames.Of(typeof(TMessage));
        return next(message, cancellationToken);
    }
}
