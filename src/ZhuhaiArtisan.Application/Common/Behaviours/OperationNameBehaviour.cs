using Mediator;
using ZhuhaiArtisan.Application.Common.Auditing;

namespace ZhuhaiArtisan.Application.Common.Behaviours;

/// <summary>
/// Names the use case running, so every audit entry written while it runs names it. The name is
/// the innermost message's and is restored afterwards: a message sent earlier in the same request
/// (the API-key sign-in, for instance) never lends its name to a later change.
/// </summary>
public sealed class OperationNameBehaviour<TMessage, TResponse>(IOperationContext operation)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var outer = operation.OperationName;
        operation.OperationName = OperationNames.Of(typeof(TMessage));
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            operation.OperationName = outer;
        }
    }
}
