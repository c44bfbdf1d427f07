// Português (Brasil) mail texts (with the Japanese version beside them, see notices.ts).
import type { MailTexts } from './mail-texts.ts';

export const ptBR: MailTexts = {
  receiptSubject: (t) => `Recebido: ${t.title} (protocolo ${t.receiptNumber})`,
  receipt: (t) => [
    { p: `Seu pedido foi recebido: ${t.title}.` },
    { p: `Número de protocolo: ${t.receiptNumber}` },
    { p: 'Você pode acompanhar a situação por este link. Qualquer pessoa que abrir o link pode ver a situação, então não o compartilhe.', link: t.statusUrl },
    { p: 'Se for ao balcão da prefeitura, mostre ao atendente o número de protocolo ou o código QR deste e-mail.' },
    { qr: t.qrCid, alt: `Código QR para o balcão (protocolo ${t.receiptNumber})` },
    { p: `Este e-mail é enviado automaticamente; as respostas não são lidas. Em caso de dúvidas, entre em contato com ${t.department}.` },
  ],
  statusSubject: (t) => `${t.statusLabel}: ${t.title} (protocolo ${t.receiptNumber})`,
  status: (t) => [
    {
      p:
        t.kind === 'resubmitted'
          ? `Recebemos o seu pedido corrigido: protocolo ${t.receiptNumber} (${t.title}).`
          : t.kind === 'withdrawn'
            ? `Você desistiu do pedido de protocolo ${t.receiptNumber} (${t.title}).`
            : `A situação do protocolo ${t.receiptNumber} (${t.title}) agora é: ${t.statusLabel}.`,
    },
    ...(t.comment ? [{ p: `${t.kind === 'withdrawn' ? 'O motivo que você escreveu' : 'Comentário do setor responsável'}:\n${t.comment}` }] : []),
    {
      p:
        t.kind === 'returned'
          ? 'Corrija o seu pedido: abra o link de acompanhamento do e-mail de recebimento, altere o que for preciso e envie de novo.'
          : 'Para mais detalhes, abra o link de acompanhamento do e-mail de recebimento.',
    },
    { p: `Este e-mail é enviado automaticamente; as respostas não são lidas. Em caso de dúvidas, entre em contato com ${t.department}.` },
  ],
  messageSubject: (t) => `Mensagem: ${t.title} (protocolo ${t.receiptNumber})`,
  message: (t) => [
    { p: `Mensagem de ${t.department} sobre o protocolo ${t.receiptNumber} (${t.title}):` },
    { p: t.body },
    { p: 'Você também pode ler esta mensagem pelo link de acompanhamento do e-mail de recebimento.' },
    { p: `Este e-mail é enviado automaticamente; as respostas não são lidas. Em caso de dúvidas, entre em contato com ${t.department}.` },
  ],
  resumeLinkSubject: (t) => `Salvo: ${t.title} (link para continuar)`,
  resumeLink: (t) => [
    { p: `Suas respostas de ${t.title} foram salvas. O pedido ainda não foi enviado.` },
    { p: 'Abra este link para continuar de onde parou, neste ou em outro celular ou computador.', link: t.resumeUrl },
    { p: `O link vale até ${t.expires}. Depois disso, as respostas salvas são apagadas.` },
    { p: 'Qualquer pessoa que abrir o link pode ver as suas respostas, então não o compartilhe.' },
    { p: `Se você não pediu isto, apague este e-mail. Ele é enviado automaticamente; as respostas não são lidas. Em caso de dúvidas, entre em contato com ${t.department}.` },
  ],
};
